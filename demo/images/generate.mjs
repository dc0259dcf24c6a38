// Draws the demo's stand-in photos: flat illustrations of the three credited scenes,
// made here from shapes, so they carry no one's copyright. Run: node demo/images/generate.mjs
import sharp from 'sharp';

const WIDTH = 2048;
const HEIGHT = 1365;
const SIZES = [2048, 1024];

// A seeded generator, so the images are the same on every run.
function random(seed) {
  return () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

function stands({seed, sky, seat, fan, bags}) {
  const next = random(seed);
  const rows = [];
  for (let row = 0; row < 14; row++) {
    const y = 260 + row * 80;
    rows.push(`<rect x="0" y="${y}" width="${WIDTH}" height="46" fill="${seat}" opacity="${0.75 + row * 0.015}"/>`);
    rows.push(`<rect x="0" y="${y + 46}" width="${WIDTH}" height="34" fill="#1d2633"/>`);
    for (let x = 20 + (row % 2) * 40; x < WIDTH; x += 80) {
      if (next() < 0.55) continue;
      const tint = fan[Math.floor(next() * fan.length)];
      rows.push(`<circle cx="${x}" cy="${y - 18}" r="17" fill="#e8c39e"/>`);
      rows.push(`<rect x="${x - 24}" y="${y - 2}" width="48" height="58" rx="14" fill="${tint}"/>`);
      if (next() < bags) rows.push(`<ellipse cx="${x + 30}" cy="${y + 40}" rx="20" ry="26" fill="#f4f1e8" stroke="#b9b4a6" stroke-width="3"/>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="${sky}"/>
    <rect y="0" width="100%" height="240" fill="#0d1620"/>
    ${[0, 1, 2, 3].map((i) => `<circle cx="${300 + i * 480}" cy="110" r="44" fill="#fffbe6" opacity="0.9"/>`).join('')}
    ${rows.join('')}
  </svg>`;
}

function pitch() {
  const stripes = [];
  for (let i = 0; i < 12; i++) stripes.push(`<rect x="${i * 180}" y="520" width="90" height="845" fill="#2f7d32"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="#37923a"/>
    <rect width="100%" height="520" fill="#1b2430"/>
    <rect y="470" width="100%" height="50" fill="#c62828"/>
    ${stripes.join('')}
    <path d="M0 980 L2048 900" stroke="#f5f5f5" stroke-width="8" opacity="0.8"/>
    <g transform="translate(760 900) rotate(-8)">
      <ellipse cx="300" cy="120" rx="360" ry="40" fill="#1f5f22" opacity="0.6"/>
      <rect x="60" y="40" width="300" height="86" rx="40" fill="#1a3a8f"/>
      <rect x="340" y="52" width="220" height="62" rx="30" fill="#f5f5f5"/>
      <rect x="540" y="60" width="160" height="46" rx="22" fill="#1a3a8f"/>
      <circle cx="20" cy="82" r="48" fill="#e8c39e"/>
      <path d="M-20 50 q40 -40 80 0" fill="#222"/>
    </g>
  </svg>`;
}

const scenes = {
  'japan-fans-rubbish-1': stands({seed: 7, sky: '#223344', seat: '#2f5fb3', fan: ['#1a3a8f', '#233f99', '#f5f5f5'], bags: 0.5}),
  'japan-fans-rubbish-2': stands({seed: 42, sky: '#2b2f3a', seat: '#8a96a8', fan: ['#1a3a8f', '#1e4fc0', '#d32f2f'], bags: 0.35}),
  'kagawa-dejected': pitch(),
};

for (const [name, svg] of Object.entries(scenes)) {
  for (const width of SIZES) {
    await sharp(Buffer.from(svg))
      .resize(width)
      .blur(width / 1024)
      .jpeg({quality: 78, mozjpeg: true})
      .toFile(new URL(`./${name}-${width}.jpg`, import.meta.url).pathname);
  }
}

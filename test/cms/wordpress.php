<?php
// Runs HTML from stdin through WordPress's own content formatting, as a post saved in
// the classic editor is shown: `admin` as an administrator saves it (unfiltered_html),
// `author` as an author does (wp_kses_post on save). The functions are WordPress's,
// from Debian's package, loaded without a site or a database.
// Usage: php wordpress.php WORDPRESS_DIR admin|author < snippet.html
[$self, $root, $role] = $argv;
define('ABSPATH', rtrim($root, '/') . '/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
// What the loaded files ask of a running site, answered as a fresh English site would.
function get_option($name, $default = false) { return $name === 'blog_charset' ? 'UTF-8' : $default; }
function is_admin() { return false; }
function wp_allowed_protocols() { return ['http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn']; }

$html = stream_get_contents(STDIN);
if ($role === 'author') $html = wp_kses_post($html);
echo wpautop(wptexturize($html));

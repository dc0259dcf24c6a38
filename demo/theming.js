// Shows each preset's CSS exactly as the page applies it.
for (const code of document.querySelectorAll('[data-css]')) {
  const style = document.querySelector(`style[data-preset="${code.dataset.css}"]`);
  code.textContent = style.textContent.replace(/^\n/, '').replace(/^ {6}/gm, '').trimEnd();
}

// The page's own dark-mode toggle: it changes the page, and the cards follow by themselves.
const toggle = document.getElementById('dark-mode');
toggle.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('dark-mode');
  toggle.setAttribute('aria-pressed', String(dark));
});

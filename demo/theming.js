// Shows each preset's CSS exactly as the page applies it.
for (const code of document.querySelectorAll('[data-css]')) {
  const style = document.querySelector(`style[data-preset="${code.dataset.css}"]`);
  code.textContent = style.textContent.replace(/^\n/, '').replace(/^ {6}/gm, '').trimEnd();
}

// Page controls for the demo. Kept in its own file: the page runs under a strict CSP with no inline script.
const widget = document.getElementById('widget');
const level = document.getElementById('level');
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
level.addEventListener('change', () => {
  widget.setAttribute('level', level.value);
  widget.setAttribute('autosave-key', `demo-${level.value}`);
});
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  widget.setAttribute('lang', lang.value);
});
theme.addEventListener('change', () => {
  document.body.className = theme.value;
});
widget.addEventListener('sos-complete', () => console.info('sos-complete: every item answered'));

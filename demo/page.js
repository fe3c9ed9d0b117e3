// Page controls for the demo. Kept in its own file: the page runs under a strict CSP with no inline script.
const widget = document.getElementById('widget');
const level = document.getElementById('level');
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
const perspective = document.getElementById('perspective');
// Self and partner ratings of one level are separate drafts, so switching never mixes answers.
const draftKey = () => `demo-${level.value}${perspective.value === 'partner' ? '-partner' : ''}`;
level.addEventListener('change', () => {
  widget.setAttribute('level', level.value);
  widget.setAttribute('autosave-key', draftKey());
});
perspective.addEventListener('change', () => {
  if (perspective.value === 'partner') {
    widget.setAttribute('perspective', 'partner');
    widget.setAttribute('rater-name', 'Sierra Vista County Office of Education');
    widget.setAttribute('rater-type', 'coe');
    widget.setAttribute('relationship', 'differentiated-assistance');
  } else {
    widget.setAttribute('perspective', 'self');
    for (const name of ['rater-name', 'rater-type', 'relationship']) widget.removeAttribute(name);
  }
  widget.setAttribute('autosave-key', draftKey());
});
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  widget.setAttribute('lang', lang.value);
});
theme.addEventListener('change', () => {
  document.body.className = theme.value;
});
widget.addEventListener('sos-complete', () => console.info('sos-complete: every item answered'));

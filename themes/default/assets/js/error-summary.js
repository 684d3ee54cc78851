// The error summary of a refused form, as progressive enhancement (RGAA 11.10). Without
// JavaScript the summary is read first (it is the top of the main content, with role="alert") and
// its links move the reading position to each field. With it, the summary also takes the keyboard
// focus when the page opens, and following one of its links puts the focus in the field itself
// (or in the first control of a group of choices), with the field's label in view above it.
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary');
  if (!summary || !summary.closest) {
    return;
  }
  var controls = 'input:not([type=hidden]), select, textarea';

  function labelOf(target, control) {
    if (target.tagName === 'FIELDSET') {
      return target.querySelector('legend');
    }
    return control.id ? document.querySelector('label[for="' + control.id + '"]') : null;
  }

  summary.setAttribute('tabindex', '-1');
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) {
      return;
    }
    var control = target.matches(controls) ? target : target.querySelector(controls);
    if (!control) {
      return;
    }
    event.preventDefault();
    (labelOf(target, control) || control).scrollIntoView();
    control.focus({ preventScroll: true });
  });
})();

// Live preview of forum posts: below each textarea of a form marked data-markdown-preview, shows
// the Markdown as it will be published, through the same sanitising pipeline as the server.
(function () {
  'use strict';
  document.querySelectorAll('form[data-markdown-preview]').forEach(function (form) {
    var textarea = form.querySelector('textarea[name=body]');
    var csrf = form.querySelector('input[name=_csrf]');
    if (!textarea || !csrf || !window.fetch) {
      return;
    }
    var preview = document.createElement('div');
    preview.className = 'forum-preview markdown';
    preview.setAttribute('aria-live', 'polite');
    textarea.parentNode.appendChild(preview);
    var timer = null;
    function render() {
      fetch('/api/v1/markdown/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf.value},
        body: JSON.stringify({markdown: textarea.value})
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (json) {
        if (json) {
          preview.innerHTML = json.html;
        }
      }).catch(function () {});
    }
    textarea.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
    if (textarea.value) {
      render();
    }
  });
})();

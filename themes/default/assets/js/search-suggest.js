// Suggestions under the search box of every page, as progressive enhancement: the box becomes an
// ARIA combobox whose list box shows the titles and tags starting like what is typed (from
// /api/v1/search/suggest). Up and down arrows move, Enter opens the chosen page, Escape closes.
// Without JavaScript the box simply submits to /recherche.
(function () {
  'use strict';
  var input = document.getElementById('site-search-q');
  if (!input || !input.form || !window.fetch) {
    return;
  }
  var form = input.form;
  var list = document.createElement('ul');
  list.id = 'site-search-suggestions';
  list.className = 'site-search__suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.getAttribute('data-suggest-label') || 'Suggestions');
  list.hidden = true;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var suggestions = [];
  var active = -1;
  var timer = null;
  var asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(index) {
    window.location.assign(suggestions[index].url);
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    input.setAttribute('aria-activedescendant', list.children[index].id);
  }

  function show(found) {
    suggestions = found;
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    found.forEach(function (suggestion, i) {
      var option = document.createElement('li');
      option.id = 'site-search-option-' + i;
      option.className = 'site-search__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = suggestion.label;
      option.addEventListener('mousedown', function (event) {
        event.preventDefault(); // keeps the focus in the box until the page changes
        choose(i);
      });
      list.appendChild(option);
    });
    var open = found.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    status.textContent = open
      ? (form.getAttribute('data-suggest-count') || '%n').replace('%n', found.length)
      : '';
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    var mine = ++asked;
    fetch('/api/v1/search/suggest?q=' + encodeURIComponent(q), {
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (found) {
      if (mine === asked) {
        show(found);
      }
    }).catch(function () {});
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
      return;
    }
    if (list.hidden) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        ask();
      }
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    }
  });
  input.addEventListener('blur', function () {
    close();
  });
})();

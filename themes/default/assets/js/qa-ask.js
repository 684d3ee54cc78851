// The ask form, enhanced. 1. Similar questions while the title of a new question is typed: after a
// pause, and from three characters, asks the server which questions look alike and lists them as
// links in a polite live region. Without JavaScript the form's "Vérifier" step shows the same list.
// 2. Place names suggested (a datalist) while the place is typed; the server still resolves what
// is sent, so a suggestion is only a shortcut.
(function () {
  'use strict';
  document.querySelectorAll('input[data-similar-questions]').forEach(function (title) {
    var region = document.getElementById(title.getAttribute('data-similar-questions'));
    if (!region || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = '';
    function show(items) {
      region.textContent = '';
      if (!items.length) {
        return;
      }
      var heading = document.createElement('p');
      heading.className = 'qa-similar-live__title';
      heading.textContent = region.getAttribute('data-heading');
      var list = document.createElement('ul');
      items.forEach(function (item) {
        var link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.title;
        var entry = document.createElement('li');
        entry.appendChild(link);
        list.appendChild(entry);
      });
      region.appendChild(heading);
      region.appendChild(list);
    }
    function lookUp() {
      var typed = title.value.trim();
      if (typed === asked) {
        return;
      }
      asked = typed;
      if (typed.length < 3) {
        show([]);
        return;
      }
      fetch('/api/v1/questions/similar?title=' + encodeURIComponent(typed), {
        credentials: 'same-origin',
        headers: {'Accept': 'application/json'}
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (json) {
        if (json && typed === asked) {
          show(json.items);
        }
      }).catch(function () {});
    }
    title.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 400);
    });
  });

  var place = document.querySelector('form[data-ask-form] input[name=lieu]');
  if (place && window.fetch) {
    var list = document.createElement('datalist');
    list.id = place.id + '-suggestions';
    place.parentNode.appendChild(list);
    place.setAttribute('list', list.id);
    var placeTimer = null;
    place.addEventListener('input', function () {
      clearTimeout(placeTimer);
      placeTimer = setTimeout(function () {
        var typed = place.value.trim();
        if (typed.length < 3) {
          return;
        }
        fetch('/api/v1/places?size=8&q=' + encodeURIComponent(typed), {
          credentials: 'same-origin',
          headers: {'Accept': 'application/json'}
        }).then(function (response) {
          return response.ok ? response.json() : null;
        }).then(function (json) {
          if (!json) {
            return;
          }
          list.textContent = '';
          json.items.forEach(function (item) {
            var option = document.createElement('option');
            option.value = item.nom;
            option.label = item.commune;
            list.appendChild(option);
          });
        }).catch(function () {});
      }, 300);
    });
  }
})();

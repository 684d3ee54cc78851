/*
 * Relais — "Me localiser" on the directory's search form, a progressive enhancement: with the
 * visitor's consent the browser's position fills the "Près de" field as "latitude,longitude",
 * which the search understands, and the form is sent. Without JavaScript or geolocation the
 * button stays hidden and the visitor types a town.
 */
(function () {
  'use strict';

  function init() {
    var button = document.querySelector('.locate-me');
    var field = document.getElementById('pres');
    if (!button || !field || !navigator.geolocation) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          field.value = position.coords.latitude.toFixed(5) + ',' + position.coords.longitude.toFixed(5);
          if (field.form) {
            field.form.submit();
          }
        },
        function () {
          button.disabled = false;
          var message = document.createElement('p');
          message.className = 'field__error';
          message.setAttribute('role', 'alert');
          message.textContent = button.getAttribute('data-error');
          button.insertAdjacentElement('afterend', message);
        },
        { timeout: 10000, maximumAge: 600000 }
      );
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

/*
 * Relais — the directory's map, a progressive enhancement: the list of places stays the primary,
 * accessible view, and pages work without JavaScript. The map element is
 *   <div id="carte" class="map" hidden data-tiles="…{z}/{x}/{y}.png" data-attribution="…"
 *        data-zoom-in="Zoomer" data-zoom-out="Dézoomer">
 * and its points come either from the div itself (data-lat, data-lon, data-name: a place page) or
 * from the result cards <li data-lat data-lon data-name data-url> (the directory). Without
 * Leaflet, the element or any point, the map stays hidden.
 */
(function () {
  'use strict';

  var LEAFLET_IMAGES = '/webjars/leaflet/1.9.4/dist/images/';
  var MAX_ZOOM = 14;

  function number(value) {
    if (value === null || value === undefined || value === '') {
      return NaN;
    }
    return Number(value);
  }

  function point(element) {
    var lat = number(element.getAttribute('data-lat'));
    var lon = number(element.getAttribute('data-lon'));
    if (!isFinite(lat) || !isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return null;
    }
    return {
      lat: lat,
      lon: lon,
      name: element.getAttribute('data-name') || '',
      url: element.getAttribute('data-url') || ''
    };
  }

  function collectPoints(map) {
    var points = [];
    var own = point(map);
    if (own) {
      points.push(own);
      return points;
    }
    var cards = document.querySelectorAll('li[data-lat]');
    for (var i = 0; i < cards.length; i++) {
      var p = point(cards[i]);
      if (p) {
        points.push(p);
      }
    }
    return points;
  }

  /* Leaflet inserts the attribution as HTML: give it text only. */
  function escapeHtml(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span.innerHTML;
  }

  /* Only links to this site: a data-url is a path such as /lieux/demo-lieu-01. */
  function sameSiteUrl(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/';
  }

  function popup(p) {
    var content = document.createElement('div');
    content.className = 'map-popup';
    if (p.url && sameSiteUrl(p.url)) {
      var link = document.createElement('a');
      link.href = p.url;
      link.textContent = p.name;
      content.appendChild(link);
    } else {
      var strong = document.createElement('strong');
      strong.textContent = p.name;
      content.appendChild(strong);
    }
    return content;
  }

  function init() {
    var L = window.L;
    var element = document.getElementById('carte');
    if (!L || !element) {
      return;
    }
    var tiles = element.getAttribute('data-tiles');
    var points = collectPoints(element);
    if (!tiles || points.length === 0) {
      return;
    }

    L.Icon.Default.imagePath = LEAFLET_IMAGES;
    element.hidden = false;

    var map = L.map(element, {zoomControl: false, scrollWheelZoom: false});
    L.control.zoom({
      zoomInTitle: element.getAttribute('data-zoom-in') || 'Zoom in',
      zoomOutTitle: element.getAttribute('data-zoom-out') || 'Zoom out'
    }).addTo(map);
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: escapeHtml(element.getAttribute('data-attribution') || ''),
      /* The site sends Referrer-Policy: same-origin; tile servers such as OpenStreetMap's ask
         for a Referer, so the tiles (only) send the site's origin. */
      referrerPolicy: 'strict-origin-when-cross-origin'
    }).addTo(map);

    var latLngs = [];
    for (var i = 0; i < points.length; i++) {
      var p = points[i];
      var latLng = L.latLng(p.lat, p.lon);
      latLngs.push(latLng);
      L.marker(latLng, {title: p.name, alt: p.name, keyboard: true})
        .bindPopup(popup(p))
        .addTo(map);
    }
    map.fitBounds(L.latLngBounds(latLngs), {maxZoom: MAX_ZOOM, padding: [24, 24]});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

// Suggestions for the occupation title while typing (progressive enhancement: the form works without it).
(function () {
  var input = document.getElementById('occupationTitle');
  var list = document.getElementById('berufe');
  var code = document.getElementById('occupation');
  if (!input || !list) return;
  var timer = null, last = '', byTitle = {};
  input.addEventListener('input', function () {
    var q = input.value.trim();
    if (byTitle[q] && code) { code.value = byTitle[q]; return; }
    clearTimeout(timer);
    if (q.length < 3 || q === last) return;
    timer = setTimeout(function () {
      last = q;
      fetch('/Offers/Edit?handler=Titles&q=' + encodeURIComponent(q), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          list.innerHTML = '';
          items.forEach(function (item) {
            var option = document.createElement('option');
            option.value = item.title;
            option.label = item.code + (item.sure ? ' (sicher)' : '');
            byTitle[item.title] = item.code;
            list.appendChild(option);
          });
        });
    }, 200);
  });
})();

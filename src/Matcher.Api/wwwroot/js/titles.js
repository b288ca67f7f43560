// Suggestions for occupation titles while typing (progressive enhancement: the forms work without it). Every input with
// data-vorschlaege (the URL that answers ?q=) fills its datalist; with data-code-feld it also sets that field to the code
// of a suggestion the user picked.
(function () {
  document.querySelectorAll('input[data-vorschlaege]').forEach(function (input) {
    var list = input.list;
    var code = input.dataset.codeFeld ? document.getElementById(input.dataset.codeFeld) : null;
    if (!list) return;
    var timer = null, last = '', byTitle = {};
    input.addEventListener('input', function () {
      var q = input.value.trim();
      if (byTitle[q] && code) { code.value = byTitle[q]; return; }
      clearTimeout(timer);
      if (q.length < 3 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        var url = input.dataset.vorschlaege + '&q=' + encodeURIComponent(q);
        fetch(url, { credentials: 'same-origin' })
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
  });
})();

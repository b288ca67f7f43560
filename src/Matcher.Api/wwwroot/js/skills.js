// Suggestions for skills in a comma-separated field while typing (progressive enhancement: the forms work without it).
// Every input with data-kompetenzen (the URL that answers ?q=) asks for the part after the last comma and offers the
// whole field with that part completed, so that picking a suggestion keeps the skills already typed.
(function () {
  document.querySelectorAll('input[data-kompetenzen]').forEach(function (input) {
    var list = input.list;
    if (!list) return;
    var timer = null, last = '';
    input.addEventListener('input', function () {
      var value = input.value;
      var cut = value.lastIndexOf(',');
      var head = cut >= 0 ? value.slice(0, cut + 1) + ' ' : '';
      var q = value.slice(cut + 1).trim();
      clearTimeout(timer);
      if (q.length < 2 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        fetch(input.dataset.kompetenzen + '&q=' + encodeURIComponent(q), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (labels) {
            list.innerHTML = '';
            labels.forEach(function (label) {
              var option = document.createElement('option');
              option.value = head + label;
              option.label = label;
              list.appendChild(option);
            });
          });
      }, 200);
    });
  });
})();

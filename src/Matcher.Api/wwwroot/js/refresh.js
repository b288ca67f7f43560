// While a run is going on, reload the page every two seconds to show its progress (the page also works without this).
setTimeout(function () { window.location.reload(); }, 2000);

// Shows the upload's progress; without JavaScript the form posts as usual.
(function () {
  var form = document.getElementById('statistik-upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  form.addEventListener('submit', function (event) {
    var input = document.getElementById('f-file');
    if (!input.files || input.files.length === 0) return;
    event.preventDefault();
    var row = document.getElementById('fortschritt');
    var bar = document.getElementById('f-progress');
    row.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        bar.textContent = percent + ' %';
      }
    });
    xhr.addEventListener('load', function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener('error', function () { form.submit(); });
    xhr.send(new FormData(form));
  });
})();

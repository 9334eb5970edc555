// Loaded before office.js in the workbench's copy of the task pane only.
// 1. office.js, framed by a page that is not an Office host, would navigate its frame away; OsfOptOut says the framing
//    is intended, so Office.onReady resolves with no host and the pane picks the workbench's port.
// 2. Three seconds after it loads, office.js opens a telemetry frame on a Microsoft server. The workbench is offline
//    by design, so its loader is switched off as soon as office.js has created it.
window.OsfOptOut = true;
(function stopTelemetryFrame(triesLeft) {
  var uls = window.OSF && window.OSF.Logger && window.OSF.Logger.ulsEndpoint;
  if (uls) {
    uls.loadProxyFrame = function () {};
    return;
  }
  if (triesLeft > 0) setTimeout(function () { stopTelemetryFrame(triesLeft - 1); }, 20);
})(500);
// 3. Files dropped on the pane are the workbench's to open into new sheets, as anywhere else on its page; left alone,
//    the browser would open the file in this frame instead of the pane.
['dragover', 'drop'].forEach(function (type) {
  window.addEventListener(type, function (e) {
    if (!e.dataTransfer || Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') < 0) return;
    e.preventDefault();
    if (type === 'drop' && window.parent.etsWorkbenchOpenFiles) window.parent.etsWorkbenchOpenFiles(Array.from(e.dataTransfer.files));
  });
});

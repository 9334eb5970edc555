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

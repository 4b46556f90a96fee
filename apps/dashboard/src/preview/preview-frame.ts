// The editor's live preview (/app/preview.html), shown in an iframe with
// sandbox="allow-scripts allow-forms". It runs the real widget — createKoe from
// @koe/widget, the same code as koe.js — on the survey the editor posts in,
// with no server round trip: the instance's fetch answers the survey list
// with that one survey and accepts answers without sending them anywhere.
//
// Why a sandboxed frame rather than the widget in the dashboard page: the
// sandbox gives the frame an opaque origin, so the widget's localStorage
// (seen times, retry queue) is unavailable there — previews never mark the
// real survey as answered, never queue a post on the server's origin, and
// fixed placements sit in the frame's corner like on a real page.
import { createKoe } from '@koe/widget';
import { isPreviewMessage, type PreviewMessage } from './preview-message';

function previewFetch(message: PreviewMessage): typeof fetch {
  return async (_input, init) =>
    init?.method === 'POST'
      ? new Response('{"status":"accepted"}', { status: 202 })
      : new Response(JSON.stringify({ data: [message.survey] }), {
          headers: { 'content-type': 'application/json' },
        });
}

function show(message: PreviewMessage): void {
  // One survey at a time: the previous preview's element goes.
  for (const element of document.querySelectorAll('koe-survey')) element.remove();
  // The widget picks its language from <html lang> first.
  document.documentElement.lang = message.locale;
  const koe = createKoe({
    siteKey: 'pk_preview',
    host: location.origin,
    fetch: previewFetch(message),
  });
  koe('ask', message.survey.id, {
    target: message.survey.placement === 'inline' ? '#host' : undefined,
  });
}

addEventListener('message', (event) => {
  // Only the editor that framed this page may drive it.
  if (event.source !== parent || !isPreviewMessage(event.data)) return;
  show(event.data);
});

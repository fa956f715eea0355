// A CloudFront Function (runtime cloudfront-js-2.0, viewer request event) for the built site in an S3
// bucket, doing what nginx does with addresses: a form sent without script is answered with the
// screen its answer leads to (the key value store answer-redirects.json, written from the wizard's
// machine), and anything else sent from a form's page goes back to the page; a page's address ends
// with a slash and is served from its folder's index.html; an address whose last part has no dot is
// taken for a page's address without its slash, and sent there for good.
import cf from 'cloudfront';

// The key value store made from answer-redirects.json, associated with this function.
var answers = cf.kvs('REPLACE-with-the-key-value-store-id');

/** The query as the form sent it: answer=console&answer=cli. */
function formQuery(querystring) {
  return Object.keys(querystring)
    .map(function (name) {
      var field = querystring[name];
      return (field.multiValue || [field]).map(function (each) { return name + '=' + each.value; }).join('&');
    })
    .join('&');
}

/** The store's value for a key, or '' where it has none (get throws then). */
async function stored(key) {
  try {
    return await answers.get(key);
    // oxlint-disable-next-line no-unused-vars -- a catch without its binding is newer than CloudFront's runtime promises.
  } catch (notFound) {
    return '';
  }
}

// oxlint-disable-next-line no-unused-vars -- CloudFront calls it.
async function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var query = formQuery(request.querystring || {});
  if (query) {
    // The answer's screen; or, from a form's page (stored as leading to itself), back to the page.
    var to = (await stored(uri + '?' + query)) || (await stored(uri));
    if (to) return { statusCode: 303, statusDescription: 'See Other', headers: { location: { value: to } } };
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  }
  return request;
}

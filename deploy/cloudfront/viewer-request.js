// A CloudFront Function (runtime cloudfront-js-2.0, viewer request event) for the built site in an S3
// bucket, doing what nginx does with addresses: a page's address ends with a slash and is served
// from its folder's index.html; an address whose last part has no dot is taken for a page's address
// without its slash, and sent there for good.
// oxlint-disable-next-line no-unused-vars -- CloudFront calls it.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  }
  return request;
}

// The one file organizers edit.
// SITE is the storefront's origin: https, no trailing slash, no path.
// The reference backend serves the SPA at `${SITE}/` and the API at `${SITE}/api/v1`.
// It must be registered in the Mini Program admin both as a business domain
// (业务域名, for <web-view>) and as a request legal domain (request 合法域名).
module.exports = { SITE: 'https://fair.example.com' };

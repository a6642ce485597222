// ExpoCX host Mini Program. All the shop lives in the web storefront
// (pages/web/web shows it in a <web-view>); nothing is needed at app level.
App({});

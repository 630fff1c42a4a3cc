/**
 * The files of the offline page's `assets/` folder that the endpoint serves. The build refuses to emit
 * any other: the service worker precaches every built file, and one the endpoint does not serve would
 * keep it from ever installing (the page would then not open without a network).
 */
export const FIELD_ASSET_NAME = /^[\w-]+\.(js|css|woff2?)$/;

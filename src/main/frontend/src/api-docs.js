// The OpenAPI document made browsable with Swagger UI, bundled here so that nothing is fetched from a CDN.
// The bundle file itself, not the package's index: that one also pulls in Node's 'path' for absolute-path.js.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-bundle.js';

SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  // "Try it out" runs the named queries against this service, the same as their links.
  tryItOutEnabled: false,
});

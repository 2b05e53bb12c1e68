// The render feature: a policy model in, sanitised HTML out (preview body, published page).
export { renderPolicy, type RenderedPolicy, type TocEntry } from './html';
export { renderPolicyPage, type PageOptions } from './page';
export { renderForRequest, type RenderRequestOptions, type RenderResponse, type RenderMarker } from './request';

export { useErrorCodes } from './error-codes.plugin';
export { useErrorFormatting } from './format.plugin';
export { INTERNAL_ERROR_MESSAGE } from './hub-errors';
export { maskHubError } from './mask-error';

// Kept free of imports (and of zod) so the content script checks an order number with the schema's own rule.

/** An order number as stores print them (digits, letters, dashes). */
export const ORDER_NO_PATTERN = /^[A-Za-z0-9-]{4,40}$/;

import { defineWebExtConfig } from 'wxt';

// This machine cannot launch a browser for `wxt dev`; load .output/ by hand instead.
export default defineWebExtConfig({ disabled: true });

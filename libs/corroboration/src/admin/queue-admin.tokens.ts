export const QUEUE_HANDLES = Symbol('QUEUE_HANDLES');

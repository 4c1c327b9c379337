// PLACEHOLDER — being replaced by the real refiner.
import type { Document } from '../document.js';
import type { Context } from '../extract/types.js';

export function attribute(_doc: Document, _ctx: Context): void {}

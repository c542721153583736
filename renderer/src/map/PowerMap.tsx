// STUB: replaced by the map work. Implements PowerMapProps / PowerMapHandle from ./types.
import { forwardRef, useImperativeHandle } from 'react';
import type { PowerMapHandle, PowerMapProps } from './types';

export const PowerMap = forwardRef<PowerMapHandle, PowerMapProps>(function PowerMap(_props, ref) {
  useImperativeHandle(ref, () => ({ fit() {}, zoomBy() {}, panBy() {}, frame() {} }), []);
  return <div className="power-map" />;
});

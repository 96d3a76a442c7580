import type { LayoutOptions } from '@kinmap/layout';
import type { GenogramProps } from './Genogram.tsx';

/** The layout options a genogram's props ask for. Hook-free: the server entry uses it too. */
export function genogramLayoutOptions(props: GenogramProps, ecomapDefault: 'ring' | 'none'): LayoutOptions {
  const options: LayoutOptions = { ...props.layoutOptions };
  if (props.notation) options.notation = props.notation;
  if (props.showPregnancyLosses !== undefined) options.showPregnancyLosses = props.showPregnancyLosses;
  if (props.labelDetail) options.labelDetail = props.labelDetail;
  if (props.asAt) options.asAt = props.asAt;
  if (props.showEmotional !== undefined) options.showEmotional = props.showEmotional;
  if (props.showCaring !== undefined) options.showCaring = props.showCaring;
  if (props.showEcomap !== undefined) options.ecomap = props.showEcomap ? 'ring' : 'none';
  else options.ecomap ??= ecomapDefault;
  return options;
}

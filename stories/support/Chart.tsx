import { Genogram } from '@kinmap/react';
import type { GenogramProps } from '@kinmap/react';
import { useStoryTheme } from './storyTheme.ts';

/** `<Genogram>` in the toolbar's theme, at a fixed width (height follows) so grids stay tidy. */
export function Chart({ width = 200, style, ...props }: GenogramProps & { width?: number }) {
  const theme = useStoryTheme();
  return (
    <Genogram theme={theme} width={width} style={{ height: 'auto', maxWidth: '100%', ...style }} {...props} />
  );
}

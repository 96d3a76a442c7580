import type { Meta, StoryObj } from '@storybook/react-vite';
import { ViewportControls } from '@kinmap/react';

const meta = {
  title: 'Interaction/ViewportControls',
  component: ViewportControls,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Buttons to zoom in, zoom out, fit the chart to the view and, optionally, pan: the single-pointer ' +
          'and keyboard alternative to dragging and pinching (WCAG 2.2 SC 2.5.7).\n\n```tsx\n' +
          'const view = useViewport({ bounds: layout.bounds });\n' +
          '<ViewportControls onZoomIn={view.zoomIn} onZoomOut={view.zoomOut} onFit={view.fitView} onPan={view.panBy} />\n```',
      },
    },
  },
  args: { onZoomIn: () => {}, onZoomOut: () => {}, onFit: () => {}, zoom: 1 },
} satisfies Meta<typeof ViewportControls>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Zoom and fit buttons with the zoom shown. */
export const Default: Story = {};

/** With the four pan buttons. */
export const WithPanButtons: Story = { args: { onPan: () => {} } };

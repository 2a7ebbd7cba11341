import type { Preview } from '@storybook/react-vite';

/** Global story settings: controls matched by name, widgets centred on a neutral page. */
const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  tags: ['autodocs'],
};

export default preview;

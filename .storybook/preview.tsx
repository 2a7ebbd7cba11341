import type { Preview } from '@storybook/react-vite';

/**
 * Global story settings: controls matched by name, widgets centred on a neutral page, and a Language toolbar whose
 * choice the mock backend's decorator hands to the provider as both the catalog and the date-fns locale.
 */
const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  globalTypes: {
    locale: {
      description: 'Language of words, dates and numbers',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  tags: ['autodocs'],
};

export default preview;

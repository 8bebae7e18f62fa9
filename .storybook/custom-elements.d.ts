/** The Custom Elements Manifest of src/, made when Storybook starts (see main.ts). */
declare module 'virtual:soc-custom-elements' {
  const manifest: object;
  export default manifest;
}

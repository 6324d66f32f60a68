import { ax as a, aw as i } from "./copilot/copilot-BpGPv1tL.js";
export {
  a as _createChildrenDefinitions,
  i as _registerImporter
};

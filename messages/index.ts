import { ja } from "./ja";

// One locale for now; the catalog is typed so that another can be added beside it.
export const messages = ja;

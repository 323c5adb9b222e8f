/**
 * The small part of the DOM the ingester reads, typed here so the project needs no DOM lib
 * (linkedom provides it at run time; tsconfig keeps to Node's types).
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  nextSibling: DomNode | null;
  previousSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement> & Iterable<DomElement>;
  childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  getElementById(id: string): DomElement | null;
}

// The floor the benchmark compares the page's JavaScript with: the libraries any page drawing
// this graph with React and Cytoscape (and fcose for its layout) must ship, and nothing else.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import * as React from 'react';
import * as ReactDom from 'react-dom/client';

export const floor = [React, ReactDom, cytoscape, fcose];

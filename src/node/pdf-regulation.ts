// The PDF's regulation for verify and batch: one reader for Node and the pane (src/pdf).
export { pdfModel } from '../pdf/pdf-regulation';

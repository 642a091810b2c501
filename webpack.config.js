/* eslint-disable */
// Task pane + ribbon commands of the Excel add-in (the Office template's mechanics, adapted):
//   npm run build       production build into dist/ (manifest URLs rewritten to the production host)
//   npm run dev-server  https://localhost:3000 with webpack-dev-server's own self-signed certificate
//                       (no office-addin-dev-certs, so no sudo); `npm run dev-server -- --env http` for plain HTTP
// exceljs is only in a lazy chunk (first upload or first generated workbook), taken prebuilt from
// dist/exceljs.bare.min.js, not re-parsed and not re-minified (research notes, rules-and-xlsx.md §7).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { version } = require('./package.json');

const urlDev = 'https://localhost:3000/';
// CHANGE THIS (or set PHOIHOP_ADDIN_URL) to where the production build is hosted.
const urlProd = (process.env.PHOIHOP_ADDIN_URL || 'https://phoihop.example.org/').replace(/\/?$/, '/');

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/pane/taskpane.ts',
      commands: './src/ribbon/function-file.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js', '.json'],
      alias: {
        exceljs$: require.resolve('exceljs/dist/exceljs.bare.min.js'),
        'jsonpath-plus$': path.resolve(__dirname, 'src/browser/jsonpath-stub.ts'),
        // pdf.js comes minified (its own build): a lazy chunk for a PDF in Nhập văn bản.
        'pdfjs-dist/legacy/build/pdf.mjs$': require.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'),
      },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.resolve(__dirname, 'tsconfig.pane.json'), transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      minimizer: [new TerserPlugin({ exclude: /exceljs|pdfjs/, extractComments: false })],
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ PHOIHOP_VERSION: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/pane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        hash: true,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/ribbon/function-file.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/pane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/pane/help.html', to: 'help.html' },
          // pdf.js's worker, for a PDF in Nhập văn bản: served with the pane, never fetched from elsewhere.
          { from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', to: 'pdf.worker.min.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              dev ? content : content.toString().split(urlDev.slice(0, -1)).join(urlProd.slice(0, -1)),
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.http ? 'http' : 'https',
      static: false,
      client: { overlay: false },
    },
  };
};

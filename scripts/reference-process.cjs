const fs = require('fs');
const nlp = require('compromise');
const chrono = require('chrono-node');
const text = fs.readFileSync(process.argv[2], 'utf8');
nlp(text).json(); chrono.parse(text);

// Incident types (session 16): a ransom demanded, paid or refused in a sentence that also tells encryption or
// names ransomware is a ransomware attack ("encrypted much of the network and demanded a ransom", "refused
// to pay the ransomware gang"); a ransom asked for stolen data alone, with neither in the sentence, stays
// extortion (contract: unauthorized-access). Every sentence is invented.
import { typeTable, yes, no } from '../helpers/types.js';

typeTable('incident types: a ransom beside encryption or ransomware', [
  yes('ransomware', 'Tarnby College closes campus', 'Tarnby College said intruders encrypted much of its network and demanded a ransom in bitcoin.'),
  yes('ransomware', 'Hollin Foods will not pay', 'Hollin Foods said on Monday it had refused to pay the ransom after its servers were locked.'),
  yes('ransomware', 'Ardmore Council data posted after refusal to pay ransomware', 'Criminals posted files of Ardmore Council online on Friday.'),
  yes('ransomware', 'Kestrel Freight paid', 'Kestrel Freight paid a ransom of two million dollars to the ransomware gang, its chief executive said.'),
  // counterexamples: a ransom for stolen data, or for restoring a link, with no encryption or ransomware in the sentence
  no('ransomware', 'Fincastle Loans hacked', 'Hackers copied client files of Fincastle Loans and demanded a ransom to keep them private.'),
  no('ransomware', 'Norland Water hit', 'Intruders broke into Norland Water systems last week and demanded ransom in exchange for restoring its billing links.'),
]);

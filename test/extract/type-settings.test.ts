// Incident types, session 13: precision classes measured over every set (a type read from a sentence that
// does not tell this incident's kind), on invented sentences.
// - a denial in a contraction ("didn't suffer a ransomware incident", "hasn't confirmed whether phishing was
//   used"): the negation read only whole words, so "n't" after a verb was never seen;
// - a type asked about, not told ("it is not yet known whether ransomware was involved");
// - how such attacks go in general ("intrusions like this usually begin with a fake email", "phishing lures
//   happen a lot"), said by an expert beside the story;
// - insider read from words that do not name one: the staff as what leaked ("customers and employees was
//   leaked"), data "removed or inappropriately accessed" with no member of staff named, and "Insider" as a
//   title ("according to Market Insider").
import { BASE, no, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

export const SETTING_ROWS: Row[] = [
  // ---- a denial in a contraction -----------------------------------------------------------------------
  no('ransomware', 'Tarnby Studios extorted', BASE('Tarnby Studios'), 'Tarnby Studios didn’t suffer a ransomware incident, and its files were never locked.'),
  no('phishing', 'Kestrel Freight confirms breach', BASE('Kestrel Freight'), 'Kestrel Freight hasn\'t confirmed whether phishing or another method was used.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Attackers didn\'t deliver malware but lured staff to a fake sign-in page.'),
  yes('ransomware', 'Tarnby Studios hit', 'Tarnby Studios was hit by ransomware that locked its editing suites, and it hasn’t reopened since.'),

  // ---- asked about, not told ---------------------------------------------------------------------------
  no('ransomware', 'Harlow College confirms breach', BASE('Harlow College'), 'Investigators are trying to establish whether a ransomware attack was behind the outage.'),
  no('phishing', 'Lumora Stores confirms breach', BASE('Lumora Stores'), 'Investigators are still checking whether a phishing email opened the way in.'),
  yes('phishing', 'Lumora Stores confirms breach', 'Lumora Stores said a phishing email opened the way in, and it is checking whether other stores were reached.'),

  // ---- how such attacks go in general --------------------------------------------------------------------
  no('phishing', 'Ardmore Council confirms breach', BASE('Ardmore Council'), 'Intrusions of this kind usually begin with phishing emails that carry booby-trapped attachments, an analyst said.'),
  no('phishing', 'Quillon confirms breach', BASE('Quillon'), 'Phishing lures happen a lot and no single games studio is singled out by them, a researcher said.'),
  yes('phishing', 'Quillon confirms breach', 'A phishing email sent to a Quillon developer gave the attackers a way into the studio network.'),

  // ---- insider from words that do not name one --------------------------------------------------------------
  no('insider', 'Veltro Watches confirms breach', BASE('Veltro Watches'), 'As a result, personal information of over 40,000 customers and employees was leaked online.'),
  no('insider', 'Tarnby Council confirms attack', BASE('Tarnby Council'), 'Staff are working to determine if information was removed from the council’s system or inappropriately accessed.'),
  no('insider', 'Brindle Pizza extorted', BASE('Brindle Pizza'), 'The group demanded a payment from Brindle Pizza and threatened to publish the orders, according to Market Insider.'),
  yes('insider', 'Corvane Health confirms breach', 'Patient records were inappropriately accessed by a member of staff at Corvane Health over six months.'),
  yes('insider', 'Ravel Bank confirms breach', 'Ravel Bank said an insider copied account details and sold them to a fraud ring.'),
  yes('insider', 'Ravel Bank confirms breach', 'Two employees leaked account details of Ravel Bank customers to a fraud ring.'),
];

typeTable('type settings and insider words (session 13)', SETTING_ROWS);

// Recall classes of the same session (misses in several tuning sets, and the same class on held-out sets):
// - a supplier told by its own name first ("the hack occurred at Norland Soft, a service provider"), as the one
//   whose notice told the victim ("notified by one of its database providers, Norland Soft, of a security
//   incident"), or involved in suspicious activity;
// - ransomware told in the passive progressive ("files being encrypted") or in quotes ("attacked by “ransomware”").
export const RECALL_ROWS: Row[] = [
  yes('supply-chain', 'Tarnby Life notice', 'Tarnby Life said the hack occurred at Norland Soft, a third-party service provider, late last year.'),
  no('supply-chain', 'Tarnby Life notice', 'Tarnby Life said the hack occurred at Norland Soft, a large software retailer, late last year.'),
  yes('supply-chain', 'Ardmore Diocese warns donors', 'Ardmore Diocese was notified by one of its database service providers, Norland Soft, of a security incident.'),
  no('supply-chain', 'Ardmore Diocese warns donors', 'Ardmore Diocese was notified by the police of a security incident on its own servers.'),
  yes('supply-chain', 'Quillon Advisers notice', 'Quillon Advisers became aware of suspicious activity involving a third-party service provider that archives its emails.'),
  no('supply-chain', 'Quillon Advisers notice', 'Quillon Advisers became aware of suspicious activity involving an employee account on its own network.'),
  yes('ransomware', 'Kestrel Haulage notice', 'Kestrel Haulage first detected files being encrypted on its computer system on 2 December.'),
  no('ransomware', 'Kestrel Haulage notice', 'Kestrel Haulage said its backups are encrypted and were not reached by the intruders.'),
  yes('ransomware', 'Corvane Eye Clinic notice', 'Corvane Eye Clinic believes its information systems were attacked by “ransomware” on 13 January.'),
];

typeTable('supplier and ransomware told in other words (session 13)', RECALL_ROWS);

// Session 15, a precision class (tuning 0 right / 2 wrong, in two sets; none on held-out sets): "phishing" as the
// modifier of a hazard noun ("the phishing risk", "a phishing threat", "a phishing actor") names a danger the
// writer sees, not how this incident was done.
export const HAZARD_ROWS: Row[] = [
  no('phishing', 'Ardmore Lettings confirms breach', BASE('Ardmore Lettings'), 'The episode shows how little logging such booking tools keep, and the phishing risk that follows for guests.'),
  no('phishing', 'Quillon Transit confirms breach', BASE('Quillon Transit'), 'A fraudster or phishing actor would welcome a list like this one, an adviser said.'),
  no('phishing', 'Tarnby Foods confirms breach', BASE('Tarnby Foods'), 'Regional councils face a growing phishing threat, the trade body noted.'),
  yes('phishing', 'Ardmore Lettings confirms breach', 'A phishing email sent to an Ardmore Lettings clerk gave the intruders the booking tool password.'),
  yes('phishing', 'Quillon Transit confirms breach', 'Quillon Transit blamed a phishing attack that reached two staff mailboxes.'),
  yes('phishing', 'Tarnby Foods confirms breach', 'The intruders phished a Tarnby Foods buyer and used her login to reach the supplier portal.'),
];

typeTable('phishing as a hazard named, not a technique used (session 15)', HAZARD_ROWS);

// Session 15, a precision class: misconfiguration read beside another type (tuning 3 right / 4 wrong, in D, F, K and
// R; none predicted on held-out sets). Two of its wrong cues are grammar, not exposure: files the attackers put on
// a leak site or a forum "for anyone to read" (their publication of what they took), and "no passwords, ..." opening
// a list of data that was NOT taken (a denial), where "no firewalls, no passwords" lists missing protections.
export const MISCONFIG_ROWS: Row[] = [
  no('misconfiguration', 'Ardmore Schools hit by ransomware', 'Ardmore Schools was hit by ransomware in May. The gang later posted the pupil files on its leak site for anyone to read.'),
  no('misconfiguration', 'Quillon Air confirms breach', BASE('Quillon Air'), 'Quillon Air said no passwords, card numbers or loyalty balances were accessed.'),
  yes('misconfiguration', 'Tarnby Clinic files exposed', 'The Tarnby Clinic intake forms sat on a web server for anyone to download until a reader alerted the clinic.'),
  yes('misconfiguration', 'Kestrel Homes database exposed', 'The Kestrel Homes tenant database was left online with no firewall, no passwords, no logging at all, a researcher said.'),
];

typeTable('misconfiguration beside another type: publication and denial (session 15)', MISCONFIG_ROWS);

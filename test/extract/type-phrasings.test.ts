// A battery of invented sentences for the incident types: each type in the many ways English news and
// breach-notification letters say it (positives), and the settings in which its words say nothing of
// this incident's kind (negatives: advice, denials, trends, hypotheticals, older incidents, the victim's
// own staff as victims). Also articles that are not incidents at all (a law, a survey, a statistics
// report, a product launch, a patch advisory), even when they name a company.
//
// Rows marked `gap` are phrasings the extractor is known to miss: `it.fails` keeps them honest (the row
// turns red the day it passes, so the mark can be removed).
import { describe, expect, it } from 'vitest';
import { BASE, no, runIncident as run, typeTable, yes, type TypeRow as Row } from '../helpers/types.js';

const gap = (row: Row): Row => ({ ...row, gap: true });

export const TYPE_ROWS: Row[] = [
  // ---- ransomware: named, or described by what it does ---------------------------------------------
  yes('ransomware', 'Ardmore Council statement', 'Ardmore Council said attackers encrypted its servers and demanded payment to unlock them.'),
  yes('ransomware', 'Corvane Health update', 'Files on the network of Corvane Health were locked by criminals who asked for bitcoin in exchange for a decryption key.'),
  yes('ransomware', 'Veltro Logistics deliveries halted', 'Veltro Logistics was hit by a ransomware attack that halted deliveries on Monday.'),
  yes('ransomware', 'Brindle Insurance statement', 'An affiliate of the LockBit gang deployed its encryptor across the network of Brindle Insurance, the company said.'),
  yes('ransomware', 'Northfield Clinic update', 'Staff at Northfield Clinic arrived on Monday to find a ransom note on every screen and their files unreadable.'),
  yes('ransomware', 'Quillon statement', 'Quillon said its systems had been encrypted by hackers and that it would not pay the ransom.'),
  yes('ransomware', 'Lumora Hotels update', 'Ransomware crippled the booking systems of Lumora Hotels over the weekend, the chain said.'),
  yes('ransomware', 'Kestrel Freight statement', 'Kestrel Freight said a ransomware infection forced it to shut down its IT systems on Thursday.'),
  yes('ransomware', 'Fincastle Loans update', 'Criminals scrambled the data on the servers of Fincastle Loans and demanded a ransom to restore it, the lender said.'),
  yes('ransomware', 'Northfield Clinic statement', 'Northfield Clinic said its scheduling servers were hit by Ryuk ransomware on Sunday.'),
  yes('ransomware', 'Oakridge Council statement', 'Hundreds of computers at Oakridge Council were infected with WannaCry, the council said.'),
  yes('ransomware', 'Veltro Logistics statement', 'Veltro Logistics said it was hit by a cyberattack, including ransomware, on its data centre.'),
  // a ransomware gang's name as the one that claimed a theft is an actor: no encryption is stated
  no('ransomware', 'Quillon statement', 'The Akira gang listed Quillon on its leak site and claimed to have stolen 40 gigabytes of files.'),
  no('ransomware', 'Lumora statement', 'Hackers known as Vice Society posted data taken from Lumora on a dark web site.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Ravel Bank said customers should back up their own files to guard against ransomware.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said no ransomware was involved and none of its systems were encrypted.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Ransomware attacks on lenders rose by a third last year, according to an industry body.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Experts warned that the stolen credentials could be used to launch a ransomware attack later.'),
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'In 2019, the bank suffered a ransomware attack that closed its branches for a week.'),
  // extortion with stolen data and no encryption: unauthorized-access, not ransomware
  no('ransomware', 'Quillon statement', 'The attackers threatened to publish the copied data unless Quillon paid them, the company said.'),
  no('ransomware', 'Lumora statement', 'A group that stole customer files from Lumora demanded two million dollars to delete them.'),

  // ---- extortion and other unstated intrusions: unauthorized-access ----------------------------------
  yes('unauthorized-access', 'Quillon statement', 'The attackers threatened to publish the copied data unless Quillon paid them, the company said.'),
  yes('unauthorized-access', 'Lumora statement', 'A group that stole customer files from Lumora demanded two million dollars to delete them.'),
  gap(yes('unauthorized-access', 'Brindle Insurance statement', 'Attackers exploited a flaw in the file-transfer software of Brindle Insurance to take policy documents.')), // the exploited-flaw row changed no value on our 1,155 real articles and was removed as unearned (issue 11)
  gap(yes('unauthorized-access', 'Quillon statement', 'The gang exploited a flaw in its file-transfer server.')), // the exploited-flaw row's example (removed as unearned, issue 11)
  yes('unauthorized-access', 'Ravel Bank update', 'Hackers got into the network of Ravel Bank through an unpatched VPN server, the bank said.'),
  yes('unauthorized-access', 'Kestrel Freight statement', 'Cybercriminals broke into the network of Kestrel Freight over the weekend, the company said.'),
  yes('unauthorized-access', 'Lumora statement', 'Lumora said on Friday that it had been the victim of a cyberattack.'),
  yes('unauthorized-access', 'Corvane Health statement', 'An unauthorised third party accessed the patient portal of Corvane Health, the provider said.'),
  yes('unauthorized-access', 'Fincastle Loans statement', 'Intruders were inside the network of Fincastle Loans for three months before they were detected.'),
  yes('unauthorized-access', 'Veltro Logistics statement', 'Veltro Logistics said it had suffered a security incident in which customer records were copied.'),
  yes('unauthorized-access', 'Ardmore Council statement', 'Ardmore Council confirmed a data breach affecting 4,000 residents on Tuesday.'),
  no('unauthorized-access', 'Ravel Bank website down', 'The website of Ravel Bank was down for six hours on Monday.', 'The bank said its systems had not been hacked and the outage was caused by a power failure.'),
  no('unauthorized-access', 'Halden Pharmacy staff data', 'A former employee of Halden Pharmacy took customer lists to a competitor, the pharmacy said.', 'Halden said there was no sign of a cyberattack.'),
  no('unauthorized-access', 'Laptop stolen at Kestrel Freight', 'A laptop holding payroll data was stolen from the car of a Kestrel Freight manager on Friday.', 'Kestrel Freight said its computer systems were not breached.'),
  no('unauthorized-access', 'Northfield Clinic database left open', 'A database of Northfield Clinic was left open on the internet without a password, a researcher found.', 'There is no evidence that anyone other than the researcher viewed the records.'),

  // ---- phishing, social engineering, business email compromise --------------------------------------
  yes('phishing', 'Harlow Road Clinic statement', 'An employee of Harlow Road Clinic clicked a link in a fraudulent email, giving the attackers access to a mailbox.'),
  yes('phishing', 'Ravel Bank statement', 'Staff passwords were harvested through a fake login page that mimicked the staff portal of Ravel Bank.'),
  yes('phishing', 'Veltro Logistics statement', 'Attackers posing as IT support called staff at Veltro Logistics and persuaded one of them to reveal a password.'),
  yes('phishing', 'Brindle Insurance statement', 'Brindle Insurance said a staff member was tricked into entering login details on a bogus website.'),
  yes('phishing', 'Quillon statement', 'A spear-phishing email sent to the finance team at Quillon carried a booby-trapped attachment.'),
  yes('phishing', 'Northfield Clinic statement', 'Hackers sent staff at Northfield Clinic emails dressed up as delivery notices and stole their passwords.'),
  yes('phishing', 'Halden Pharmacy statement', 'Halden Pharmacy said fraudsters impersonated a supplier by email and persuaded staff to change its bank details, diverting 80,000 pounds.'),
  yes('phishing', 'Lumora statement', 'Attackers used text messages purporting to be from the HR department to trick Lumora employees into handing over their credentials.'),
  yes('phishing', 'Fincastle Loans statement', 'Fincastle Loans lost 300,000 dollars in a business email compromise scam in which a supplier\'s mailbox was hijacked.'),
  // phishing that led further (an intrusion, data copied, funds taken) is phishing and unauthorized-access
  yes('unauthorized-access', 'Harlow Road Clinic statement', 'A phishing email gave attackers a nurse\'s password, and an unauthorised party then copied patient files from the clinic records system of Harlow Road Clinic.'),
  yes('unauthorized-access', 'Coinvale statement', 'Coinvale said thieves stole tokens worth four million dollars from its hot wallet after a social engineering attack on an engineer.'),
  no('unauthorized-access', 'Payroll forms sent to scammers', 'A payroll clerk at Quillon fell for a phishing email and sent the tax forms of all staff to a fraudster posing as the chief executive.'),
  no('phishing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Customers should beware of phishing emails that claim to come from the bank.'),
  no('phishing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Ravel Bank warned that criminals may use the stolen addresses to send phishing emails.'),
  no('phishing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Phishing remains the most common way into corporate networks, a recent survey found.'),
  no('phishing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said there was no evidence that phishing was involved.'),

  // ---- credential stuffing ------------------------------------------------------------------------
  yes('credential-stuffing', 'Lumora statement', 'Attackers logged into Lumora accounts using usernames and passwords leaked from other websites.'),
  yes('credential-stuffing', 'Lumora statement', 'Lumora said the accounts were accessed with credentials stolen in unrelated breaches elsewhere.'),
  yes('credential-stuffing', 'Ravel Bank statement', 'Customers who reused passwords from other services had their accounts taken over, Ravel Bank said.'),
  yes('credential-stuffing', 'Quillon statement', 'A credential stuffing attack hit 20,000 Quillon accounts last month.'),
  yes('credential-stuffing', 'Quillon statement', 'The attackers tried millions of stolen username and password combinations against the login page of Quillon.'),
  yes('credential-stuffing', 'Kestrel Freight statement', 'Kestrel Freight said the intruders used login details obtained from breaches of other companies to enter customer accounts.'),
  // passwords guessed by brute force are a break-in, not credential stuffing (passwords leaked elsewhere)
  no('credential-stuffing', 'Fincastle Loans statement', 'Brute-force attempts on the customer portal of Fincastle Loans gave attackers access to 300 accounts.'),
  yes('credential-stuffing', 'Lumora TV statement', 'Login details stolen elsewhere were used to enter 5,000 Lumora TV profiles, the streaming service said.'),
  no('credential-stuffing', 'Lumora confirms breach', BASE('Lumora'), 'Lumora urged customers not to reuse passwords across sites.'),
  no('credential-stuffing', 'Lumora confirms breach', BASE('Lumora'), 'Experts said the leaked passwords could be used in credential stuffing attacks on other sites.'),
  no('credential-stuffing', 'Lumora confirms breach', BASE('Lumora'), 'Credential stuffing accounts for a growing share of attacks on retailers, analysts say.'),
  no('credential-stuffing', 'Lumora confirms breach', BASE('Lumora'), 'Customers were told to change their passwords as a precaution.'),

  // ---- misconfiguration and exposure -----------------------------------------------------------------
  yes('misconfiguration', 'Fincastle Loans records exposed', 'A researcher found an unsecured Elasticsearch server holding customer records of Fincastle Loans.'),
  yes('misconfiguration', 'Quillon invoices exposed', 'An Amazon S3 bucket belonging to Quillon was left publicly accessible, exposing invoices.'),
  yes('misconfiguration', 'Corvane Health statement', 'The database was left open on the internet without a password for three months, Corvane Health said.'),
  yes('misconfiguration', 'Veltro Logistics statement', 'Veltro Logistics said a configuration error made shipment records visible to anyone with the link.'),
  yes('misconfiguration', 'Ravel Bank statement', 'Because of a misconfigured cloud storage account, scans of 40,000 passports held by Ravel Bank could be downloaded by anyone.'),
  yes('misconfiguration', 'Harlow Road Clinic apologises', 'Harlow Road Clinic accidentally published a spreadsheet of patient names on its website.'),
  yes('misconfiguration', 'Lumora chat logs exposed', 'An exposed MongoDB instance run by Lumora leaked the chat logs of its users.'),
  gap(yes('misconfiguration', 'Kestrel Freight statement', 'Kestrel Freight left a backup of its customer database on a server anyone could reach.')), // its row changed at most one dev article and was removed (issue 11)
  gap(yes('misconfiguration', 'Brindle Insurance statement', 'The claims portal of Brindle Insurance lacked access controls, so any logged-in user could read the files of other policyholders.')), // its row changed at most one dev article and was removed (issue 11)
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Companies should make sure cloud storage buckets are not left publicly accessible.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Misconfigured cloud databases exposed billions of records last year, a report found.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'In 2018, a misconfigured server at the bank exposed thousands of statements.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said the records had been stored in an encrypted database.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The hackers later posted the records on a forum where anyone could download them.'),
  no('misconfiguration', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The account the hackers used did not have two-factor authentication turned on.'),

  // ---- insider ------------------------------------------------------------------------------------
  yes('insider', 'Halden Pharmacy statement', 'A former employee of Halden Pharmacy took customer lists to a competitor, the pharmacy said.'),
  yes('insider', 'Ravel Bank statement', 'A Ravel Bank worker looked up the accounts of celebrities without a business reason, the bank said.'),
  yes('insider', 'Veltro Logistics statement', 'A rogue contractor at Veltro Logistics copied shipment data onto a personal drive.'),
  gap(yes('insider', 'Corvane Health statement', 'Corvane Health said a staff member had viewed the medical records of 1,200 patients without authorisation.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  yes('insider', 'Quillon statement', 'An employee at the call centre of Quillon was bribed to hand over the account details of customers.'),
  gap(yes('insider', 'Brindle Insurance statement', 'Brindle Insurance dismissed a claims handler who had sold policyholder details to a claims firm.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  gap(yes('insider', 'Kestrel Freight statement', 'A disgruntled IT administrator at Kestrel Freight leaked internal emails after being fired.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  gap(yes('insider', 'Lumora statement', 'Lumora said an employee abused access to internal tools to read the private messages of users.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  no('insider', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Firms should limit what employees can see to reduce the risk from insiders.'),
  no('insider', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said there was no indication that an employee was involved.'),
  no('insider', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'An employee noticed unusual activity on the server and alerted the security team.'),
  no('insider', 'Ravel Bank confirms breach', 'Hackers stole the personal details of 3,000 employees of Ravel Bank last week.'),

  // ---- lost or stolen device -----------------------------------------------------------------------
  yes('lost-or-stolen-device', 'Kestrel Freight statement', 'A laptop containing payroll data was stolen from the car of a Kestrel Freight manager.'),
  yes('lost-or-stolen-device', 'Corvane Health statement', 'Corvane Health said an unencrypted USB stick holding patient details had gone missing.'),
  yes('lost-or-stolen-device', 'Fincastle Loans statement', 'Burglars broke into an office of Fincastle Loans and took computers containing customer files.'),
  yes('lost-or-stolen-device', 'Harlow Road Clinic statement', 'A doctor at Harlow Road Clinic left a bag of patient notes on a train.'),
  yes('lost-or-stolen-device', 'Ravel Bank statement', 'Ravel Bank lost a backup tape containing account records while moving between data centres.'),
  yes('lost-or-stolen-device', 'Quillon statement', 'A phone with access to the email system of Quillon was stolen from an employee in a burglary.'),
  yes('lost-or-stolen-device', 'Brindle Insurance statement', 'Two hard drives holding scans of Brindle Insurance claims vanished from a storage room.'),
  yes('lost-or-stolen-device', 'Oakridge Council statement', 'Oakridge Council said a tablet used by a social worker, holding case notes, was stolen from her home.'),
  no('lost-or-stolen-device', 'Ravel Bank confirms breach', 'Hackers stole customer data from the servers of Ravel Bank last week.'),
  no('lost-or-stolen-device', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Staff were reminded to lock their laptops when away from their desks.'),
  no('lost-or-stolen-device', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Customers who have lost their phone should call the bank.'),
  no('lost-or-stolen-device', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank gave staff new laptops after the attack.'),

  // ---- malware, card skimming ------------------------------------------------------------------------
  yes('malware', 'Lumora shop statement', 'Card-skimming code injected into the checkout page of the Lumora online shop captured payment details.'),
  yes('malware', 'Quillon statement', 'Attackers planted a Magecart script on the website of Quillon.'),
  yes('malware', 'Redmoor Fuels statement', 'Malicious software installed on the point-of-sale terminals of Redmoor Fuels copied card numbers.'),
  yes('malware', 'Kestrel Freight statement', 'A trojan hidden in an email attachment infected computers at Kestrel Freight.'),
  yes('malware', 'Ravel Bank statement', 'Investigators found spyware on the phones of Ravel Bank executives.'),
  yes('malware', 'Corvane Health statement', 'An information stealer on the home computer of an employee captured the credentials later used to enter the network of Corvane Health.'),
  yes('malware', 'Oakridge Council statement', 'A virus spread through the network of Oakridge Council on Monday, disabling email.'),
  yes('malware', 'Fincastle Loans statement', 'Keylogging software recorded what staff at Fincastle Loans typed, including passwords.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Customers should install antivirus software to protect against malware.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said it found no malware on its systems.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Banking trojans are on the rise, researchers say.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Attackers could use such a flaw to install malware.'),

  // ---- DDoS ------------------------------------------------------------------------------------------
  yes('ddos', 'Ravel Bank website offline', 'A distributed denial-of-service attack knocked the website of Ravel Bank offline for hours.'),
  yes('ddos', 'Lumora game outage', 'The servers of Lumora were flooded with junk traffic, making the game unplayable.'),
  yes('ddos', 'Oakridge Council portal down', 'Hacktivists claimed a DDoS attack on the Oakridge Council portal on Tuesday.'),
  gap(yes('ddos', 'Veltro Logistics site down', 'The site of Veltro Logistics went down after a botnet sent it a flood of bogus requests.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  yes('ddos', 'Quillon store outage', 'Quillon said its online store was overwhelmed by malicious traffic on Friday.'),
  gap(yes('ddos', 'Kestrel Freight booking site', 'Attackers bombarded the booking site of Kestrel Freight with requests until it crashed.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  yes('ddos', 'Fincastle Loans outage', 'The website of Fincastle Loans was unavailable for six hours because of a denial of service attack.'),
  gap(yes('ddos', 'Ravel Bank outage', 'Online banking at Ravel Bank was disrupted for a second day by a traffic-flooding attack.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  no('ddos', 'Ravel Bank website down', 'The website of Ravel Bank was down on Monday, and hackers copied some account records, the bank said.', 'The bank said the outage was not caused by a DDoS attack.'),
  no('ddos', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Companies should prepare for denial-of-service attacks.'),
  no('ddos', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'DDoS attacks doubled in the first quarter, a report found.'),
  no('ddos', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The stolen accounts could also be used to flood websites with traffic.'),

  // ---- supply chain: only when a supplier's compromise reaches the victim -----------------------------
  yes('supply-chain', 'Corvane Health statement', 'Corvane Health said patient data was stolen when hackers breached its billing vendor.'),
  yes('supply-chain', 'Ravel Bank statement', 'The breach affecting Ravel Bank customers originated at a third-party provider that prints its statements.'),
  gap(yes('supply-chain', 'Quillon statement', 'Hackers tampered with an update from a software supplier and used it to enter the network of Quillon.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  yes('supply-chain', 'Lumora statement', 'Data of Lumora users was exposed after attackers broke into a customer-support platform run by an outside vendor.'),
  yes('supply-chain', 'Kestrel Freight statement', 'Kestrel Freight was among the clients hit when its payroll processor suffered a cyberattack.'),
  yes('supply-chain', 'Harlow Road Clinic statement', 'Harlow Road Clinic learned that a contractor that handles its lab results had been hacked, exposing patient names.'),
  yes('supply-chain', 'Fincastle Loans statement', 'Records of Fincastle Loans customers were taken from servers operated by an outside IT provider.'),
  yes('supply-chain', 'Halden Pharmacy statement', 'The incident began at a cloud service provider that Halden Pharmacy relies on to store prescriptions.'),
  yes('supply-chain', 'Quillon statement', 'Quillon said the intrusion at an offshore help-desk contractor began when a caller tricked one of its agents.'),
  gap(yes('supply-chain', 'Lumora statement', 'Customer records of Lumora were stolen from Norvale, a cloud storage provider the company uses.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  gap(yes('supply-chain', 'Kestrel Freight statement', 'The breach at Norvale, which handles payroll for Kestrel Freight, exposed the bank details of its drivers.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  no('supply-chain', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Ravel Bank said none of its suppliers were affected.'),
  no('supply-chain', 'Veltro Logistics hacked', 'Veltro Logistics, which supplies several supermarkets, said hackers broke into its network and copied invoices.'),
  no('supply-chain', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank has hired an outside firm to investigate the breach.'),
  no('supply-chain', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Firms should check the security of their suppliers.'),

  // ---- more ways an intrusion, a lure or malware is told ------------------------------------------------
  yes('unauthorized-access', 'Quillon statement', 'Attackers used an SQL injection flaw in the store of Quillon to pull customer records from its database.'),
  yes('unauthorized-access', 'Lumora statement', 'A hacker group defaced the website of Lumora on Saturday and posted a political message.'),
  yes('unauthorized-access', 'Ravel Bank statement', 'Someone hijacked the official social media account of Ravel Bank and posted links to a fake giveaway.'),
  yes('unauthorized-access', 'Kestrel Freight statement', 'Intruders planted a web shell on a mail server of Kestrel Freight and read staff mailboxes for weeks.'),
  yes('unauthorized-access', 'Fincastle Loans statement', 'Thieves hijacked the phone numbers of Fincastle Loans customers in SIM swaps and emptied their accounts.'),
  yes('malware', 'Oakridge Council statement', 'Cryptocurrency mining software was found running on the servers of Oakridge Council, slowing its systems.'),
  yes('malware', 'Veltro Logistics statement', 'Wiper malware erased the hard drives of hundreds of computers at Veltro Logistics.'),
  yes('malware', 'Ravel Bank statement', 'A malicious app posing as a Ravel Bank tool stole the logins of customers who installed it.'),
  yes('phishing', 'Brindle Insurance statement', 'Brindle Insurance lost 120,000 dollars to CEO fraud after a finance clerk paid an invoice sent from a spoofed address.'),
  yes('phishing', 'Corvane Health statement', 'Fraudsters sent staff of Corvane Health fake invoices and persuaded an accountant to wire 50,000 dollars.'),
  yes('credential-stuffing', 'Lumora statement', 'Attackers ran a password spraying campaign against staff accounts of Lumora and got into three of them.'),
  gap(yes('misconfiguration', 'Harlow Road Clinic statement', 'A letter listing the test results of 40 patients of Harlow Road Clinic was sent to the wrong address.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  gap(yes('misconfiguration', 'Oakridge Council statement', 'Oakridge Council sent an email in error to 300 residents that showed every recipient\'s address.')), // the row for this form changed no value on our 1,099 real articles and was removed (issue 11)
  no('unauthorized-access', 'Ravel Bank confirms outage', 'Online banking at Ravel Bank was down for a day after a failed software upgrade, the bank said.', 'The bank said there was no sign of any cyberattack.'),
  no('malware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said it had scanned every server and found no malicious software.'),

  // ---- ransomware told with an article or an adjective between the words, or by decryption and backups ----
  yes('ransomware', 'Oakridge Council statement', 'The computers of Oakridge Council were infected with a ransomware that spread overnight.'),
  yes('ransomware', 'Kestrel Freight statement', 'A new strain of ransomware has infected the depot computers of Kestrel Freight.'),
  yes('ransomware', 'Fincastle Loans statement', 'Fincastle Loans paid a ransom of 5,000 dollars to decrypt its accounting system.'),
  gap(yes('ransomware', 'Harlow Road Clinic statement', 'Harlow Road Clinic refused to pay the ransom and restored its patient files from backups.')), // its row changed at most one dev article and was removed (issue 11)
  gap(yes('ransomware', 'Veltro Logistics statement', 'Veltro Logistics was the target of a cyberattack from the ransomware gang Nightjar last week.')), // the gang-attack row changed one recent article and was removed as fitted (issue 11)
  gap(yes('ransomware', 'Quillon statement', 'The breach was claimed by the Draxa ransomware gang.')), // the gang-attack row's example (removed as fitted, issue 11)
  no('ransomware', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said the intruders demanded a ransom to keep the records private.'),
  // ---- insider: the leak laid at the door of the victim's own staff ------------------------------------
  yes('insider', 'Corvane Health statement', 'Investigators believe the leak at Corvane Health was caused by a former employee rather than outside hackers.'),
  yes('insider', 'Quillon statement', 'A report to the regulator points to the involvement of a former staff member of Quillon in the leak.'),
  yes('insider', 'Halden Pharmacy statement', 'Halden Pharmacy said a former employee who was authorised to access the registry had leaked it.'),
  no('insider', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The leak was caused by a former supplier of the bank, investigators said.'),

  // ---- misconfiguration and credential stuffing, told less directly --------------------------------------
  yes('misconfiguration', 'Brindle Insurance statement', 'Policy applications sent to Brindle Insurance were accessible via the internet through an unsecured website for months.'),
  yes('misconfiguration', 'Oakridge Council statement', 'A spreadsheet of tenants had sat on a publically accessible web server of Oakridge Council since spring.'),
  yes('misconfiguration', 'Quillon statement', 'Order records of Quillon shoppers were left on a portal for potentially anyone to see.'),
  yes('credential-stuffing', 'Lumora statement', 'Criminals took usernames and passwords from breaches of other companies and used them to log into Lumora accounts.'),
  no('credential-stuffing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The attack follows breaches of other companies in the sector this year.'),

  // ---- phishing: the lure told by the verb's base form, other deceivers, a rigged message opened --------------
  yes('phishing', 'Lumora statement', 'Swindlers pretended to be friends of Lumora users to lure them into revealing their login codes.'),
  yes('phishing', 'Oakridge Council statement', 'The infection began when a clerk at Oakridge Council opened a malicious attachment sent from an outside address.'),
  no('phishing', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'A clerk opened a customer complaint about the outage.'),

  // ---- 'phone' as a modifier (phone numbers, mobile phone customers) is no stolen device -----------------------
  no('lost-or-stolen-device', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'Names, dates of birth and phone numbers of customers were stolen in the attack.'),
  no('lost-or-stolen-device', 'Lumora statement', 'Details of many Lumora mobile phone subscribers were stolen and passed to rival sellers.'),
  yes('lost-or-stolen-device', 'Harlow Road Clinic statement', 'A work phone holding the contact details of Harlow Road Clinic patients was stolen from a car.'),

  // ---- other: a software fault showed data to the wrong people -----------------------------------------
  gap(yes('other', 'Lumora glitch', 'A software glitch showed Lumora customers the order histories of other shoppers on Sunday.')), // its row changed at most one dev article and was removed (issue 11)
  gap(yes('other', 'Ravel Bank app error', 'A coding error in the Ravel Bank app displayed the balances of other customers to users who logged in.')), // its row changed at most one dev article and was removed (issue 11)
  gap(yes('other', 'Quillon bug', 'Quillon said a bug in its website leaked the names and addresses of some customers to other users.')), // its row changed at most one dev article and was removed (issue 11)
  no('other', 'Ravel Bank confirms breach', BASE('Ravel Bank'), 'The bank said the breach was not caused by a software bug.'),
];

/** Articles that do report one incident, though a survey, law or launch word sits in the headline. */
export const INCIDENT_ROWS: Array<[string, ...string[]]> = [
  ['The Regional Statistics Office website was hacked', 'Hackers defaced the website of the Regional Statistics Office on Sunday and posted a message in its news section.'],
  ['Ravel Bank was hit by a cyberattack days after a survey of its customers', 'Ravel Bank said on Monday that hackers had copied the account records of 20,000 customers.'],
  ['Law firm Brindle and Co breached', 'Brindle and Co said attackers exploited a flaw in its file-transfer server to take client files.'],
];

/** Articles that report no incident, though they name a company and use breach words. */
export const NOT_INCIDENT_ROWS: Array<[string, ...string[]]> = [
  ['New law makes firms report breaches within 72 hours', 'The law, passed on Tuesday, requires companies such as Ravel Bank to tell regulators of any data breach within 72 hours.', 'Firms that fail to report face fines.'],
  ['Survey: most firms faced a phishing attack last year', 'A survey of 500 companies by Brightline Research found that 70 percent had been targeted by phishing, including retailers such as Quillon.', 'Half said they had trained staff since.'],
  ['Breach reports to regulator up 20 percent', 'The regulator received 3,000 breach reports in 2023, up 20 percent on the year before, its annual report shows.', 'Health providers such as Corvane Health filed the most.'],
  ['Quillon launches breach-alert service', 'Quillon launched a new service on Monday that alerts customers when their passwords appear in a data breach.', 'The service costs three dollars a month.'],
  ['Halvard patches critical router flaw', 'Halvard released a security update for a vulnerability that could allow attackers to take over its routers.', 'There is no evidence the flaw has been exploited, the company said.'],
  ['How to protect yourself from phishing', 'Phishing emails often impersonate banks such as Ravel Bank.', 'Never click a link in an unexpected message.'],
  ['Security start-up Sentrel raises 20 million dollars', 'Sentrel, which helps companies detect breaches, raised 20 million dollars from investors on Tuesday.', 'The company plans to hire 50 engineers.'],
  ['Data leaks: if a shop loses your details, they now have to tell you', 'Shops that lose customer records must now tell the regulator.', 'Quillon disclosed a breach of 2 million accounts two years ago.', 'Here is what the new duty means for shoppers.'],
  ['National breach notification regime marks its first year', 'Breach notifications under the new regime came to 900 in its first year, the commissioner said.', 'Corvane Health notified patients of a ransomware attack in March.'],
  ['4.1 million data leak cases reported nationwide last year', 'Some 4.1 million cases of personal data leaks were reported last year, a national tally showed, with one incident involving retailer Quillon making up half.', 'The figure was twice that of the year before.'],
  ['Ravel Bank names new security chief', 'Ravel Bank appointed Dana Ortiz as chief information security officer on Monday.', 'She previously led security at an insurer.'],
];

typeTable('incident types: a battery of phrasings', TYPE_ROWS);

describe('incident: one incident, though a survey or law word is in the headline', () => {
  for (const article of INCIDENT_ROWS) {
    it(`yes: "${article[0]}"`, () => {
      expect(run(...article).isIncident).toBe(true);
    });
  }
});

describe('incident: not incidents, though a company is named', () => {
  for (const article of NOT_INCIDENT_ROWS) {
    it(`no: "${article[0]}"`, () => {
      expect(run(...article).isIncident).toBe(false);
    });
  }
});

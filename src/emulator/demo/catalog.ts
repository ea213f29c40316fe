/** The vocabulary the demo data is drawn from. */

export const FIRST_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Margaret',
  'Dennis',
  'Barbara',
  'Ken',
  'Frances',
  'Edsger',
  'Radia',
  'Tim',
  'Hedy',
  'Donald',
  'Katherine',
  'John',
  'Sophie',
  'Guido',
  'Joan',
  'Bjarne',
  'Karen',
  'James',
  'Anita',
  'Niklaus',
  'Lynn',
  'Ward',
  'Shafi',
  'Leslie',
  'Mary',
  'Brian',
  'Evelyn',
  'Rob',
  'Annie',
  'Yukihiro',
  'Jean',
  'Anders',
  'Susan',
  'Larry',
  'Ivan',
  'Carol',
] as const;

export const LAST_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Liskov',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Berners',
  'Lamarr',
  'Knuth',
  'Johnson',
  'McCarthy',
  'Wilson',
  'Rossum',
  'Clarke',
  'Stroustrup',
  'Jones',
  'Gosling',
  'Borg',
  'Wirth',
  'Conway',
  'Cunningham',
  'Goldwasser',
  'Lamport',
  'Keller',
  'Kernighan',
  'Berezin',
  'Pike',
  'Easley',
  'Matsumoto',
  'Sammet',
  'Hejlsberg',
  'Kare',
  'Page',
  'Sutherland',
  'Shaw',
] as const;

export const TEAMS = ['red', 'blue', 'green', 'gold'] as const;

export const LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'es', 'nl', 'it'] as const;

export const COLORS = ['teal', 'orange', 'purple', 'crimson', 'navy', 'olive'] as const;

export const CITIES = [
  { name: 'Amsterdam', latitude: 52.3676, longitude: 4.9041 },
  { name: 'Boulder', latitude: 40.015, longitude: -105.2705 },
  { name: 'Berlin', latitude: 52.52, longitude: 13.405 },
  { name: 'Lisbon', latitude: 38.7223, longitude: -9.1393 },
  { name: 'Tokyo', latitude: 35.6762, longitude: 139.6503 },
  { name: 'Nairobi', latitude: -1.2921, longitude: 36.8219 },
  { name: 'Toronto', latitude: 43.6532, longitude: -79.3832 },
  { name: 'Sydney', latitude: -33.8688, longitude: 151.2093 },
] as const;

/** Poll subjects, each with up to six options; every subject is asked twice, in two phrasings. */
export const POLL_SUBJECTS = [
  { subject: 'programming language', options: ['TypeScript', 'Go', 'Rust', 'Python', 'Kotlin', 'Swift'] },
  {
    subject: 'team lunch spot',
    options: ['Ramen bar', 'Taqueria', 'Falafel place', 'Pizzeria', 'Salad bar', 'Dim sum'],
  },
  { subject: 'offsite location', options: ['Lisbon', 'Amsterdam', 'Boulder', 'Tokyo', 'Berlin', 'Nairobi'] },
  { subject: 'editor', options: ['VS Code', 'Vim', 'Emacs', 'IntelliJ', 'Zed', 'Helix'] },
  { subject: 'standup time', options: ['9:00', '9:30', '10:00', '10:30', '11:00', 'No standup'] },
  { subject: 'release day', options: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Continuous'] },
  { subject: 'office snack', options: ['Fruit', 'Nuts', 'Chocolate', 'Crisps', 'Cookies', 'Cheese'] },
  { subject: 'coffee', options: ['Espresso', 'Filter', 'Cold brew', 'Flat white', 'Tea instead', 'None'] },
  { subject: 'book club pick', options: ['Dune', 'Neuromancer', 'Foundation', 'Hyperion', 'Snow Crash', 'Solaris'] },
  {
    subject: 'hackathon theme',
    options: ['AI helpers', 'Accessibility', 'Performance', 'Dev tools', 'Games', 'Green tech'],
  },
  { subject: 'chat theme', options: ['Light', 'Dark', 'High contrast', 'Solarized', 'System', 'Sepia'] },
  { subject: 'database', options: ['PostgreSQL', 'MySQL', 'SQLite', 'CockroachDB', 'MongoDB', 'Redis'] },
  { subject: 'board game', options: ['Catan', 'Carcassonne', 'Azul', 'Ticket to Ride', 'Codenames', 'Wingspan'] },
  { subject: 'music genre for focus', options: ['Lo-fi', 'Classical', 'Jazz', 'Ambient', 'Techno', 'Silence'] },
  { subject: 'mascot name', options: ['Streamy', 'Pixel', 'Byte', 'Nova', 'Echo', 'Comet'] },
  {
    subject: 'conference talk',
    options: ['GraphQL at scale', 'Edge caching', 'Realtime chat', 'Type safety', 'Observability', 'Testing'],
  },
  { subject: 'team sport', options: ['Football', 'Basketball', 'Volleyball', 'Table tennis', 'Climbing', 'Running'] },
  { subject: 'sprint length', options: ['One week', 'Two weeks', 'Three weeks', 'Four weeks', 'Kanban', 'Shape Up'] },
  { subject: 'holiday party date', options: ['Dec 5', 'Dec 12', 'Dec 19', 'Jan 9', 'Jan 16', 'Skip it'] },
  { subject: 'laptop', options: ['MacBook Pro', 'ThinkPad', 'Framework', 'XPS', 'Surface', 'Desktop'] },
  { subject: 'charity to support', options: ['Code.org', 'Wikimedia', 'EFF', 'Khan Academy', 'Mozilla', 'OSI'] },
  {
    subject: 'podcast',
    options: ['Syntax', 'Changelog', 'Software Engineering Daily', 'CoRecursive', 'Darknet Diaries', 'JS Party'],
  },
  {
    subject: 'workshop topic',
    options: ['Kubernetes', 'Design systems', 'SQL tuning', 'Security', 'Public speaking', 'Writing'],
  },
  { subject: 'video call tool', options: ['Stream Video', 'Meet', 'Zoom', 'Teams', 'Whereby', 'Phone'] },
  { subject: 'pet for the office', options: ['Cat', 'Dog', 'Fish', 'Parrot', 'Tortoise', 'Plant'] },
] as const;

export const POLL_PHRASINGS = [
  (subject: string) => `Which ${subject} do you prefer?`,
  (subject: string) => `Pick the ${subject} for next quarter`,
] as const;

export const ANSWERS = [
  'Why not both?',
  'Happy with any of these.',
  'Can we revisit this next month?',
  'Something not on the list, honestly.',
  'I would rather not say.',
  'Depends on the weather.',
] as const;

export const USER_GROUPS = [
  { name: 'Everyone in beta', description: 'Users testing upcoming features', size: 150 },
  { name: 'Engineering', description: 'People who build the product', size: 120 },
  { name: 'Community', description: 'Active community members', size: 100 },
  { name: 'Design', description: 'Product and visual design', size: 75 },
  { name: 'Support', description: 'Customer support rotation', size: 60 },
  { name: 'Moderators', description: 'Users who moderate channels', size: 45 },
  { name: 'Early adopters', description: 'Signed up in the first week', size: 30 },
  { name: 'Speakers', description: 'Gave a talk at a meetup', size: 20 },
  { name: 'Mentors', description: 'Mentor new members', size: 10 },
  { name: 'Board', description: 'Community board', size: 5 },
] as const;

export const BLOCK_LISTS = [
  { name: 'profanity', type: 'word', words: ['darn', 'heck', 'frick', 'dang', 'shoot'] },
  { name: 'spam-domains', type: 'domain', words: ['spam.example', 'scam.example', 'free-prizes.example'] },
  { name: 'competitor-names', type: 'word', words: ['othertalk', 'chatzilla', 'msgmonster'] },
] as const;

export const CUSTOM_ROLES = ['community-lead', 'support-agent'] as const;

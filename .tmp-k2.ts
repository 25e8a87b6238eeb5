const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c = cpu();
const step = (label: string) => { const n = cpu(); console.log(label, (n - c).toFixed(1)); c = cpu(); };
new Intl.DisplayNames(['en'], { type: 'region' }).of('IR'); step('dn en');
new Intl.DisplayNames(['ur'], { type: 'region' }).of('IR'); step('dn ur');
new Intl.DateTimeFormat('ur', { month: 'long', timeZone: 'UTC' }).format(new Date()); step('dtf ur');
new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date()); step('dtf en');
new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date()); step('dtf en short');
new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(new Date()); step('dtf en wd');

/**
 * @module demos/registry
 * @description Danh sách các bản demo chạy trên trình duyệt của Phòng thí nghiệm Thị giác máy tính.
 * Mỗi demo khai báo mô hình, tệp trọng số (ONNX, lưu trên CDN nội bộ) và bài báo gốc.
 * Khi thêm demo mới: cập nhật mảng {@link DEMOS} và chạy `npm run docs` để sinh lại tài liệu.
 * @author Nguyễn Thị Lan <lan.nguyen@vision-lab.example.vn>
 * @since 0.4.0
 */

import { loadOnnx } from '../runtime/onnx.js';
import { SplatViewer } from '../viewers/splat.js';

/** Địa chỉ CDN nội bộ chứa trọng số. */
const CDN = 'https://cdn.vision-lab.example.vn/weights';

/**
 * @typedef {Object} DemoInfo
 * @property {string} id - Mã định danh, dùng trong URL (/demo/:id).
 * @property {string} title - Tên hiển thị (tiếng Việt).
 * @property {string} weights - Đường dẫn tệp trọng số.
 * @property {string} paper - Tên bài báo gốc, hiển thị ở chân trang demo.
 * @property {boolean} [gpuOnly=false] - Chỉ bật khi trình duyệt hỗ trợ WebGPU.
 */

/**
 * Phân loại ảnh zero-shot bằng cách so khớp ảnh với các câu mô tả.
 * @see {@link https://arxiv.org/abs/2103.00020|Learning Transferable Visual Models From Natural Language Supervision}
 * @param {ImageData} image - Ảnh đầu vào, sẽ được resize về 224×224.
 * @param {string[]} labels - Các nhãn dạng câu, ví dụ "một bức ảnh con mèo".
 * @returns {Promise<Array<{label: string, score: number}>>} Xác suất cho từng nhãn, đã sắp xếp giảm dần.
 * @example
 * const kq = await zeroShot(img, ['một bức ảnh phở', 'một bức ảnh bánh mì']);
 */
export async function zeroShot(image, labels) {
  const model = await loadOnnx(`${CDN}/clip-vit-b32-int8.onnx`);
  return model.rank(image, labels);
}

/**
 * Trò chuyện về ảnh (hỏi đáp có hình). Chỉ chạy được với WebGPU, bản 7B lượng tử hoá 4 bit.
 * @see {@link https://arxiv.org/abs/2304.08485v1|Visual Instruction Tuning}
 * @see {@link https://arxiv.org/abs/2204.14198|Flamingo: a Visual Language Model for Few-Shot Learning} (ý tưởng few-shot nhiều ảnh, chưa hỗ trợ)
 * @param {ImageData} image - Ảnh người dùng tải lên.
 * @param {string} question - Câu hỏi (tiếng Việt hoặc tiếng Anh).
 * @returns {AsyncGenerator<string>} Luồng token trả lời.
 */
export async function* visualChat(image, question) {
  const model = await loadOnnx(`${CDN}/llava-7b-q4.onnx`, { device: 'webgpu' });
  yield* model.generate(image, question);
}

/**
 * Trình xem cảnh 3D dựng từ ảnh chụp khuôn viên trường (tệp .splat).
 * @see {@link https://arxiv.org/pdf/2308.04079|3D Gaussian Splatting for Real-Time Radiance Field Rendering}
 * @param {HTMLCanvasElement} canvas - Canvas để vẽ.
 * @param {string} scene - Tên cảnh, ví dụ "thu-vien" hoặc "ho-guom".
 * @returns {SplatViewer} Đối tượng trình xem, gọi .dispose() khi rời trang.
 */
export function splatScene(canvas, scene) {
  return new SplatViewer(canvas, `${CDN}/scenes/${scene}.splat`);
}

/**
 * Chấm điểm tính khả thi của chỉ dẫn cho cánh tay robot (demo cho môn Robot học, dùng dữ liệu mô phỏng).
 * Dựa trên ý tưởng kết hợp LLM với hàm giá trị "affordance" trong bài
 * Do As I Can, Not As I Say: Grounding Language in Robotic Affordances (arXiv:2204.01691).
 * @param {string} instruction - Chỉ dẫn bằng ngôn ngữ tự nhiên.
 * @param {string[]} skills - Danh sách kỹ năng robot có sẵn.
 * @returns {Promise<Object<string, number>>} Điểm cho từng kỹ năng.
 */
export async function affordanceScore(instruction, skills) {
  const model = await loadOnnx(`${CDN}/affordance-small.onnx`);
  return model.score(instruction, skills);
}

/**
 * Danh sách demo hiển thị ở trang chủ. Trường `paper` chỉ ghi tên bài, đường dẫn nằm ở trang giới thiệu.
 * @type {DemoInfo[]}
 */
export const DEMOS = [
  { id: 'zero-shot', title: 'Phân loại ảnh không cần huấn luyện', weights: 'clip-vit-b32-int8.onnx', paper: 'Learning Transferable Visual Models From Natural Language Supervision' },
  { id: 'chat-anh', title: 'Trò chuyện về ảnh', weights: 'llava-7b-q4.onnx', paper: 'Visual Instruction Tuning', gpuOnly: true },
  { id: 'few-shot-vqa', title: 'Hỏi đáp ảnh với vài ví dụ', weights: 'frozen-vqa-int8.onnx', paper: 'Multimodal Few-Shot Learning with Frozen Language Models' },
  { id: 'canh-3d', title: 'Khuôn viên trường 3D', weights: 'scenes/thu-vien.splat', paper: '3D Gaussian Splatting for Real-Time Radiance Field Rendering', gpuOnly: true },
  { id: 'chuyen-dong', title: 'Chuyển động người từ vài ảnh', weights: 'motion-transfer.onnx', paper: 'Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling' },
  { id: 'gan-nhan-y-te', title: 'Chọn ảnh X-quang cần gán nhãn', weights: 'medselect-policy.onnx', paper: 'MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning' },
  { id: 'robot', title: 'Robot hiểu chỉ dẫn', weights: 'affordance-small.onnx', paper: 'Do As I Can, Not As I Say: Grounding Language in Robotic Affordances' },
];

/**
 * Tìm demo theo mã.
 * @param {string} id - Mã demo.
 * @returns {DemoInfo|undefined} Demo tương ứng, hoặc undefined nếu không có.
 */
export function findDemo(id) {
  return DEMOS.find((d) => d.id === id);
}
